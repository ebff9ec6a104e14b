/** URL of the geography file prepared at build time (see src/build/geographyAsset.ts). */
declare module "virtual:globe-geography" {
  const url: string;
  export default url;
}

/** The files of models/, validated at build time (see src/build/preparedModels.ts); null under `npm start` and in tests. */
declare module "virtual:globe-models" {
  const catalogue: import("./model/loadModels").LoadedModels | null;
  export default catalogue;
}

/** The reference of data/, validated at build time (see src/build/preparedModels.ts); null under `npm start` and in tests. */
declare module "virtual:globe-reference" {
  const reference: import("./data/referenceJson").ReferenceJson | null;
  export default reference;
}
