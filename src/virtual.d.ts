/** URL of the geography file prepared at build time (see src/build/geographyAsset.ts). */
declare module "virtual:globe-geography" {
  const url: string;
  export default url;
}
