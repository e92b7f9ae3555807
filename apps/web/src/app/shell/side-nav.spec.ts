import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type Role, ROLES } from '@nutmeg/contracts';
import { textOf } from '../testing/fixtures';
import { landingPath, NAV_ITEMS, type NavItem, visibleNavItems } from './nav-items';
import { SideNav } from './side-nav';

async function renderNav(role: Role, catalogue?: readonly NavItem[]): Promise<string[]> {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(SideNav);
  fixture.componentRef.setInput('role', role);
  if (catalogue) fixture.componentRef.setInput('catalogue', catalogue);
  await fixture.whenStable();
  const links = (fixture.nativeElement as HTMLElement).querySelectorAll('nav[aria-label=Main] a');
  return Array.from(links, (link) => `${textOf(link)} → ${link.getAttribute('href')}`);
}

describe('SideNav', () => {
  it.each(ROLES)('offers the caseload pages, clients, calls and the calculator to a %s, and the dashboard to managers', async (role) => {
    expect(await renderNav(role)).toEqual([
      'Caseload → /board',
      'Triage → /triage',
      'Cases → /cases',
      ...(role === 'manager' ? ['Dashboard → /dashboard'] : []),
      'Clients → /clients',
      'Calls → /calls',
      'Calculator → /calculator',
    ]);
  });

  it.each<[Role, string]>([
    ['manager', 'board'],
    ['practitioner', 'board'],
    ['assistant', 'clients'],
  ])('starts a %s on /%s', (role, path) => {
    expect(landingPath(role)).toBe(path);
  });

  const catalogue: NavItem[] = [
    { label: 'Clients', path: 'clients', icon: 'clients', permission: 'clients:read' },
    { label: 'Audit log', path: 'audit', icon: 'inbox', permission: 'audit:read' },
    { label: 'Bulk import', path: 'import', icon: 'add', permission: 'clients:write' },
  ];

  it.each<[Role, string[]]>([
    ['manager', ['Clients → /clients', 'Audit log → /audit', 'Bulk import → /import']],
    ['practitioner', ['Clients → /clients', 'Bulk import → /import']],
    ['assistant', ['Clients → /clients']],
  ])('shows a %s only the pages their role may use', async (role, expected) => {
    expect(await renderNav(role, catalogue)).toEqual(expected);
  });

  it('lists every role at least one page', () => {
    for (const role of ROLES) expect(visibleNavItems(role, NAV_ITEMS).length).toBeGreaterThan(0);
  });
});
