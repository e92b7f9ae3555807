import { ClientKind } from '@nutmeg/contracts';
import { SeededRandom } from './seeded-random';

export interface GeneratedClient {
  kind: ClientKind;
  legalName: string;
  dba: string | null;
  /** Plain digits; encrypted by the seeder, never stored like this. */
  taxpayerIdDigits: string;
  ctRegistrationNumber: string | null;
  ctAccountNumber: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string;
  email: string;
  hasW2Wages: boolean;
  employerName: string | null;
  knownBankAccounts: number;
  ownsRealProperty: boolean;
  expectsFederalRefund: boolean;
  holdsCtBusinessRegistration: boolean;
  inBankruptcy: boolean;
  underCriminalInvestigation: boolean;
}

const FIRST = ['Maria', 'James', 'Aisha', 'Robert', 'Linh', 'Michael', 'Sofia', 'David', 'Grace', 'Daniel', 'Priya', 'Thomas', 'Elena', 'Kevin', 'Rosa', 'Brian', 'Hannah', 'Luis', 'Nadia', 'Patrick'];
const LAST = ['Rossi', 'Sullivan', 'Okafor', 'Nguyen', 'Kowalski', 'Martinez', 'Brennan', 'Patel', 'Lombardi', 'Carter', 'Haddad', 'Fitzgerald', 'Moreau', 'Santos', 'Whitaker', 'Chen', 'Delgado', 'Murphy', 'Ferreira', 'Walsh'];
const BUSINESS = ['Harbor View Diner', 'Nutmeg State Landscaping', 'Elm City Auto Repair', 'Charter Oak Plumbing', 'Mystic Marine Supply', 'Quinnipiac Dental Group', 'Litchfield Hills Farm Stand', 'Naugatuck Valley Printing', 'Thames River Bakery', 'Farmington Valley Fitness', 'Gold Coast Cleaners', 'Housatonic Hardware', 'Constitution Catering', 'Long Wharf Seafood', 'Pequot Trail Builders'];
const SUFFIX = ['LLC', 'Inc.', 'Corp.', 'LLC', 'Co.'];
const EMPLOYERS = ['Hartford HealthCare', 'Pratt & Whitney', 'Electric Boat', 'Yale New Haven Hospital', 'Travelers', 'Stop & Shop', 'Town of Manchester', 'Sikorsky', 'UConn Health', 'Aetna'];
const STREETS = ['Main St', 'Asylum Ave', 'Farmington Ave', 'Chapel St', 'Elm St', 'Washington St', 'Prospect Ave', 'Church St', 'Whitney Ave', 'Boston Post Rd'];
const TOWNS: ReadonlyArray<readonly [string, string, string]> = [
  ['Hartford', '06103', '860'], ['New Haven', '06510', '203'], ['Stamford', '06901', '203'], ['Bridgeport', '06604', '203'],
  ['Waterbury', '06702', '203'], ['Norwalk', '06850', '203'], ['Danbury', '06810', '203'], ['New Britain', '06051', '860'],
  ['West Hartford', '06107', '860'], ['Glastonbury', '06033', '860'], ['Middletown', '06457', '860'], ['Manchester', '06040', '860'],
  ['Enfield', '06082', '860'], ['Torrington', '06790', '860'], ['Mystic', '06355', '860'], ['Greenwich', '06830', '203'],
];

/** A believable Connecticut client book: mostly individuals, some businesses, varied exposure to collection. */
export function generateClients(count: number, seed: number): GeneratedClient[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: count }, (_, index) => generateClient(random, index));
}

function generateClient(random: SeededRandom, index: number): GeneratedClient {
  const business = random.chance(0.3);
  const [city, postalCode, areaCode] = random.pick(TOWNS);
  const first = random.pick(FIRST);
  const last = random.pick(LAST);
  const baseName = random.pick(BUSINESS);
  const legalName = business ? `${baseName} ${random.pick(SUFFIX)}` : `${first} ${last}`;
  const hasW2Wages = !business && random.chance(0.7);
  const domain = business ? baseName.toLowerCase().replace(/[^a-z]+/g, '') : 'example.com';
  return {
    kind: business ? 'business' : 'individual',
    legalName,
    dba: business && random.chance(0.4) ? baseName : null,
    taxpayerIdDigits: business
      ? `06${String(random.int(0, 9_999_999)).padStart(7, '0')}`
      : `${random.int(100, 665)}${String(random.int(1, 99)).padStart(2, '0')}${String(random.int(1, 9999)).padStart(4, '0')}`,
    ctRegistrationNumber: business ? String(random.int(10_000_000, 99_999_999)) + String(index % 100).padStart(2, '0') : null,
    ctAccountNumber: String(random.int(100_000_000, 999_999_999)),
    street: `${random.int(1, 999)} ${random.pick(STREETS)}`,
    city,
    state: 'CT',
    postalCode,
    phone: `${areaCode}-555-${String(random.int(100, 199)).padStart(4, '0')}`,
    email: business ? `office@${domain}.example` : `${first}.${last}${index}@${domain}`.toLowerCase(),
    hasW2Wages,
    employerName: hasW2Wages ? random.pick(EMPLOYERS) : null,
    knownBankAccounts: random.int(0, business ? 4 : 3),
    ownsRealProperty: random.chance(business ? 0.3 : 0.5),
    expectsFederalRefund: !business && random.chance(0.4),
    holdsCtBusinessRegistration: business,
    inBankruptcy: random.chance(0.05),
    underCriminalInvestigation: random.chance(0.02),
  };
}
