import * as vm from 'node:vm';
import { definePDFJSModule } from 'unpdf';
import { importEsm } from '../database/esm-import';

let pdfjsReady: Promise<void> | null = null;

/**
 * unpdf's CommonJS entry loads its bundled PDF.js (an ES module) with import(). The api compiles to
 * CommonJS, so a Function-built import keeps Node's real import() (see database/esm-import). Under Jest,
 * modules run in a vm context where import() throws unless Node runs with --experimental-vm-modules;
 * there a script compiled with Node's main-context loader does the import instead. It is only the
 * fallback because that loader option is still experimental (and warns) on Node 20.
 */
async function importPdfjs(): Promise<unknown> {
  try {
    return await importEsm('unpdf/pdfjs');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING')) throw error;
    const mainContextImport = new vm.Script('(specifier) => import(specifier)', {
      filename: __filename,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    }).runInThisContext() as (specifier: string) => Promise<unknown>;
    return mainContextImport('unpdf/pdfjs');
  }
}

/** Makes unpdf use its bundled PDF.js, loaded once per process; every reader of PDFs calls this first. */
export function ensurePdfjs(): Promise<void> {
  pdfjsReady ??= definePDFJSModule(importPdfjs).catch((error: unknown) => {
    pdfjsReady = null;
    throw error;
  });
  return pdfjsReady;
}
