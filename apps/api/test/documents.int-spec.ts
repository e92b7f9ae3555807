import { CaseDocument } from '../src/documents/document.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('documents and the case timeline', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let clientId: string;
  let noticeId: string;

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: '2026-11-10' });
    firm = await createFirm(testApp, 'Paper Trail CPAs');
    other = await createFirm(testApp, 'Prying Eyes LLC');
    clientId = (await testApp.http.post('/api/clients').set(bearer(firm.tokens.manager)).send({ kind: 'individual', legalName: 'Rosa Delgado' }).expect(201)).body.id;
    noticeId = (
      await testApp.http
        .post('/api/notices')
        .set(bearer(firm.tokens.practitioner))
        .send({
          clientId,
          kind: 'individual_income_balance_due',
          taxType: 'individual_income',
          taxPeriods: [{ year: 2024 }],
          noticeDate: '2026-10-20',
          accountNumber: '555000111',
          correspondenceId: 'DOC-10001',
          stated: { tax: '800.00', penalty: '80.00', interest: '48.00', credits: '0.00', balanceDue: '928.00' },
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => testApp.close());

  const upload = (token: string, fields: Record<string, string>, content: Buffer, filename: string, contentType: string) => {
    const request = testApp.http.post('/api/documents').set(bearer(token));
    for (const [name, value] of Object.entries(fields)) request.field(name, value);
    return request.attach('file', content, { filename, contentType });
  };

  it('stores an uploaded PDF for a notice and gives back the same bytes', async () => {
    const created = await upload(firm.tokens.assistant, { clientId, noticeId, type: 'notice_scan', title: 'DRS notice scan', receivedDate: '2026-10-24' }, PDF, 'scan.pdf', 'application/pdf').expect(201);
    expect(created.body).toMatchObject({ clientId, noticeId, type: 'notice_scan', contentType: 'application/pdf', sizeBytes: PDF.length, uploadedBy: { id: firm.users.assistant.id } });
    const listed = await testApp.http.get(`/api/documents?noticeId=${noticeId}`).set(bearer(firm.tokens.practitioner)).expect(200);
    expect(listed.body.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
    const download = await testApp.http.get(`/api/documents/${created.body.id}/content`).set(bearer(firm.tokens.practitioner)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="DRS notice scan.pdf"');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    // Encrypted at rest: the stored bytes are not the file.
    const [stored] = await testApp.dataSource.query(`SELECT content FROM document WHERE id = $1`, [created.body.id]);
    expect(Buffer.compare(stored.content as Buffer, PDF)).not.toBe(0);
    expect((stored.content as Buffer).subarray(0, 6).toString('ascii')).toBe('NMENC1');
  });

  it('refuses files over 10 MB with 413 and other types with 415, writing nothing', async () => {
    const before = await testApp.dataSource.getRepository(CaseDocument).count();
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    await upload(firm.tokens.assistant, { clientId, type: 'bank_statement', title: 'Huge' }, big, 'big.pdf', 'application/pdf').expect(413);
    const exe = await upload(firm.tokens.assistant, { clientId, type: 'other', title: 'Totally a PDF' }, Buffer.from('MZ\x90\x00\x03'), 'invoice.pdf', 'application/pdf').expect(415);
    expect(exe.body.message).toMatch(/not a PDF, PNG or JPEG/);
    await upload(firm.tokens.assistant, { clientId, type: 'other', title: 'Word file' }, Buffer.from('PK\x03\x04'), 'letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document').expect(415);
    expect(await testApp.dataSource.getRepository(CaseDocument).count()).toBe(before);
  });

  it('names the field for bad form fields, and keeps other firms out', async () => {
    const bad = await upload(firm.tokens.assistant, { clientId, type: 'selfie', title: '' }, PNG, 'x.png', 'image/png').expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['title', 'type']);
    const foreign = await upload(other.tokens.assistant, { clientId, type: 'w2', title: 'W-2' }, PNG, 'w2.png', 'image/png').expect(400);
    expect(Object.keys(foreign.body.fields)).toEqual(['clientId']);
    const [mine] = (await testApp.http.get(`/api/documents?clientId=${clientId}`).set(bearer(firm.tokens.manager))).body;
    await testApp.http.get(`/api/documents/${mine.id}`).set(bearer(other.tokens.manager)).expect(404);
    await testApp.http.get(`/api/documents/${mine.id}/content`).set(bearer(other.tokens.manager)).expect(404);
  });

  it('tells the case history in plain words, newest first', async () => {
    await testApp.http.post(`/api/notices/${noticeId}/transition`).set(bearer(firm.tokens.practitioner)).send({ to: 'triage', version: 1 }).expect(201);
    await testApp.http.put(`/api/notices/${noticeId}/checklist/letterhead`).set(bearer(firm.tokens.assistant)).send({ result: 'passed' }).expect(200);
    await testApp.http.post(`/api/notices/${noticeId}/payments`).set(bearer(firm.tokens.practitioner)).send({ amount: '100.00', date: '2026-11-09', method: 'myconnect' }).expect(201);
    const timeline = await testApp.http.get(`/api/notices/${noticeId}/timeline`).set(bearer(firm.tokens.assistant)).expect(200);
    const summaries = timeline.body.map((entry: { summary: string }) => entry.summary);
    expect(summaries[0]).toMatch(/^Response in progress$|Payment of \$100.00 recorded/);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Payment of $100.00 recorded (myconnect)',
        'Checklist: letterhead passed',
        'Status new → triage',
        'Document added: DRS notice scan (notice scan)',
        'Notice taken in (individual income balance due, dated 2026-10-20)',
      ]),
    );
    expect(summaries.at(-1)).toBe('Notice taken in (individual income balance due, dated 2026-10-20)');
    expect(timeline.body.find((e: { summary: string }) => e.summary.startsWith('Checklist')).actor).toEqual({ id: firm.users.assistant.id, fullName: 'Paper Trail CPAs assistant' });
    await testApp.http.get(`/api/notices/${noticeId}/timeline`).set(bearer(other.tokens.manager)).expect(404);
  });
});
