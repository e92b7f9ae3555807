import { ClientView } from '@nutmeg/contracts';
import { Client } from './client.entity';
import { maskTaxpayerId } from './taxpayer-id';

/** The api's view of a client, and the audit snapshot: the taxpayer id only masked. */
export function toClientView(client: Client): ClientView {
  return {
    id: client.id,
    kind: client.kind,
    legalName: client.legalName,
    dba: client.dba,
    taxpayerIdMasked: maskTaxpayerId(client.taxpayerIdKind, client.taxpayerIdLast4),
    ctRegistrationNumber: client.ctRegistrationNumber,
    ctAccountNumber: client.ctAccountNumber,
    address: { street: client.street, city: client.city, state: client.state, postalCode: client.postalCode },
    phone: client.phone,
    email: client.email,
    assignedPractitioner: client.assignedPractitioner
      ? { id: client.assignedPractitioner.id, fullName: client.assignedPractitioner.fullName }
      : null,
    hasW2Wages: client.hasW2Wages,
    employerName: client.employerName,
    knownBankAccounts: client.knownBankAccounts,
    ownsRealProperty: client.ownsRealProperty,
    expectsFederalRefund: client.expectsFederalRefund,
    holdsCtBusinessRegistration: client.holdsCtBusinessRegistration,
    inBankruptcy: client.inBankruptcy,
    underCriminalInvestigation: client.underCriminalInvestigation,
    notes: client.notes,
    version: client.version,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
  };
}
