import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, type CorpusEntry } from '../src/intake/testing/generate-corpus';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * POST /api/notice-scans over real HTTP with real PDFs: the generated DRS letters are read, their fields
 * come back with source and confidence, matching clients are offered, and a confirmed draft becomes a case
 * whose first document is the letter.
 */
describe('notice scans', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let dir: string;
  let corpus: CorpusEntry[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nutmeg-scans-'));
    // The first letter also as scans (a 300 dpi PNG, a 150 dpi JPEG, an image-only PDF), for the OCR path.
    corpus = generateCorpus(dir, ['--scan-letters', 'L01-tax-due-income']);
    testApp = await createTestApp({}, { today: '2026-12-01' });
    firm = await createFirm(testApp, 'Scanning Partners LLP');
    other = await createFirm(testApp, 'Other Firm LLP');
  }, 120_000);
  afterAll(async () => {
    await testApp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const letter = (prefix: string) => {
    const entry = corpus.find((candidate) => candidate.file.startsWith(prefix));
    if (!entry) throw new Error(`no letter ${prefix} in the corpus`);
    return { entry, bytes: readFileSync(join(dir, entry.file)) };
  };
  const upload = (token: string, bytes: Buffer, filename: string, contentType = 'application/pdf') =>
    testApp.http.post('/api/notice-scans').set(bearer(token)).attach('file', bytes, { filename, contentType });
  const count = async (table: string) =>
    Number((await testApp.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('reads a text PDF into fields with their source and confidence, and offers the matching client', async () => {
    const { entry, bytes } = letter('L02');
    const client = await testApp.http
      .post('/api/clients')
      .set(bearer(firm.tokens.manager))
      .send({ kind: 'business', legalName: 'Riverbend Hardware, L.L.C.' })
      .expect(201);
    const response = await upload(firm.tokens.practitioner, bytes, entry.file).expect(201);
    expect(response.body).toMatchObject({ pages: 1, method: 'text_layer', status: 'draft', noticeId: null });
    for (const [name, value] of Object.entries(entry.expected)) {
      expect([name, response.body.fields[name].value]).toEqual([name, value]);
      expect(response.body.fields[name].confidence).toBeGreaterThan(0);
      expect(response.body.fields[name].confidence).toBeLessThanOrEqual(1);
      expect(response.body.fields[name].source.page).toBe(1);
      expect(response.body.fields[name].source.text.length).toBeGreaterThan(0);
    }
    expect(response.body.clientMatches).toEqual([
      { id: client.body.id, legalName: 'Riverbend Hardware, L.L.C.', match: 'exact' },
    ]);
    // The letter is stored encrypted.
    const [stored] = await testApp.dataSource.query(`SELECT content FROM notice_scan WHERE id = $1`, [
      response.body.id,
    ]);
    expect((stored.content as Buffer).subarray(0, 6).toString('ascii')).toBe('NMENC1');
  });

  it('turns a confirmed draft into a case whose first document is the letter, once', async () => {
    const { entry, bytes } = letter('L01');
    const client = await testApp.http
      .post('/api/clients')
      .set(bearer(firm.tokens.manager))
      .send({ kind: 'individual', legalName: 'Margaret Kowalski' })
      .expect(201);
    const scan = (await upload(firm.tokens.practitioner, bytes, entry.file).expect(201)).body;
    // A close name is offered too: the letter says "Margaret A. Kowalski".
    expect(scan.clientMatches.map((match: { id: string }) => match.id)).toContain(client.body.id);
    const body = {
      clientId: client.body.id,
      kind: scan.fields.kind.value,
      taxType: scan.fields.taxType.value,
      taxPeriods: scan.fields.taxPeriods.value,
      noticeDate: scan.fields.noticeDate.value,
      accountNumber: scan.fields.accountNumber.value,
      correspondenceId: scan.fields.correspondenceId.value,
      stated: scan.fields.stated.value,
    };
    const notice = await testApp.http
      .post(`/api/notice-scans/${scan.id}/notice`)
      .set(bearer(firm.tokens.practitioner))
      .send(body)
      .expect(201);
    expect(notice.body).toMatchObject({ correspondenceId: body.correspondenceId, client: { id: client.body.id } });
    expect(notice.body.deadlines.length).toBeGreaterThan(0);
    const documents = await testApp.http
      .get(`/api/documents?noticeId=${notice.body.id}`)
      .set(bearer(firm.tokens.practitioner))
      .expect(200);
    expect(documents.body).toEqual([
      expect.objectContaining({ type: 'notice_scan', contentType: 'application/pdf', sizeBytes: bytes.length }),
    ]);
    const again = await testApp.http
      .post(`/api/notice-scans/${scan.id}/notice`)
      .set(bearer(firm.tokens.practitioner))
      .send(body)
      .expect(409);
    expect(again.body.existingNoticeId).toBe(notice.body.id);
    expect(
      (await testApp.http.get(`/api/notice-scans/${scan.id}`).set(bearer(firm.tokens.practitioner)).expect(200)).body,
    ).toMatchObject({
      status: 'confirmed',
      noticeId: notice.body.id,
    });
  });

  it('refuses what it cannot read with a 4xx that says what to do, writing nothing', async () => {
    const before = await count('notice_scan');
    const none = await testApp.http.post('/api/notice-scans').set(bearer(firm.tokens.practitioner)).expect(400);
    expect(none.body.fields).toHaveProperty('file');
    const text = await upload(
      firm.tokens.practitioner,
      Buffer.from('just some text, not a letter'),
      'letter.txt',
      'text/plain',
    ).expect(415);
    expect(text.body.message).toMatch(/PDF, PNG or JPEG/);
    const broken = await upload(firm.tokens.practitioner, Buffer.from('%PDF-1.7\n1 0 obj <<'), 'broken.pdf').expect(
      422,
    );
    expect(broken.body.message).toMatch(/again/);
    await upload(firm.tokens.practitioner, Buffer.alloc(10 * 1024 * 1024 + 1, 0x25), 'huge.pdf').expect(413);
    expect(await count('notice_scan')).toBe(before);
  });

  it("keeps a firm's scans to itself and lets assistants neither scan nor confirm", async () => {
    const { entry, bytes } = letter('L03');
    const scan = (await upload(firm.tokens.practitioner, bytes, entry.file).expect(201)).body;
    await testApp.http.get(`/api/notice-scans/${scan.id}`).set(bearer(other.tokens.manager)).expect(404);
    const body = {
      clientId: '00000000-0000-4000-8000-000000000000',
      kind: scan.fields.kind.value,
      taxType: scan.fields.taxType.value,
      taxPeriods: scan.fields.taxPeriods.value,
      noticeDate: scan.fields.noticeDate.value,
      accountNumber: scan.fields.accountNumber.value,
      correspondenceId: scan.fields.correspondenceId.value,
      stated: scan.fields.stated.value,
    };
    await testApp.http
      .post(`/api/notice-scans/${scan.id}/notice`)
      .set(bearer(other.tokens.manager))
      .send(body)
      .expect(404);
    await testApp.http.get('/api/notice-scans/not-a-uuid').set(bearer(firm.tokens.practitioner)).expect(404);
    await upload(firm.tokens.assistant, bytes, entry.file).expect(403);
  });

  it('reads a scan by OCR, off the request thread, into the same fields', async () => {
    const scans = JSON.parse(readFileSync(join(dir, 'scans.json'), 'utf8')) as Array<{
      files: string[];
      variant: { format: string; dpi: number };
      expected: Record<string, unknown>;
    }>;
    const png = scans.find((scan) => scan.variant.format === 'png');
    if (!png) throw new Error('no PNG scan generated');
    // While OCR runs, the api keeps answering: a health check is not held up by the scan.
    const scanning = upload(
      firm.tokens.practitioner,
      readFileSync(join(dir, png.files[0])),
      'scan.png',
      'image/png',
    ).then((answer) => answer);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const started = Date.now();
    await testApp.http.get('/api/health').expect(200);
    expect(Date.now() - started).toBeLessThan(1000);
    const response = await scanning;
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ method: 'ocr', pages: 1 });
    for (const name of ['kind', 'taxType', 'noticeDate', 'accountNumber', 'correspondenceId']) {
      expect([name, response.body.fields[name]?.value]).toEqual([name, png.expected[name]]);
    }
    const blank = await upload(
      firm.tokens.practitioner,
      Buffer.from(WHITE_PNG, 'base64'),
      'blank.png',
      'image/png',
    ).expect(422);
    expect(blank.body.message).toMatch(/scan|photograph/i);
  }, 120_000);
});

// A 1×1 white PNG: an image with nothing to read.
const WHITE_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';
