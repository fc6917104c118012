// The Frictionless JavaScript library ships no types; the tests use this much of it.
declare module "datapackage" {
  interface Resource {
    name: string;
    tabular: boolean;
    schema: { foreignKeys: unknown[] };
    read(options: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
