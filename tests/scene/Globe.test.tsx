import ReactThreeTestRenderer from "@react-three/test-renderer";
import { beforeAll, describe, expect, it } from "vitest";
import type { BufferGeometry, DataTexture, Mesh, ShaderMaterial } from "three";
import { readFileSync } from "node:fs";
import { loadGeography, type Geography } from "../../src/data/geography";
import { loadModels } from "../../src/model/loadModels";
import { resolveModel, type ResolvedModel } from "../../src/model/resolve";
import { Globe } from "../../src/scene/Globe";
import { layoutGlobeLinks } from "../../src/scene/globeLinkLayout";

let geography: Geography;
let nato: ResolvedModel;
let russia: ResolvedModel;

beforeAll(() => {
  geography = loadGeography();
  const files = Object.fromEntries(
    ["nato-two-systems", "russia-sectors"].map((id) => [`models/${id}.json`, readFileSync(`models/${id}.json`, "utf8")]),
  );
  const { models, errors } = loadModels(files, geography.ref);
  expect(errors).toEqual([]);
  nato = resolveModel(models.find((m) => m.id === "nato-two-systems")!, geography.atlas, geography.ref);
  russia = resolveModel(models.find((m) => m.id === "russia-sectors")!, geography.atlas, geography.ref);
});

function scene(resolved: ResolvedModel, reducedMotion = false) {
  return (
    <Globe
      geography={geography}
      resolved={resolved}
      links={layoutGlobeLinks(resolved, geography)}
      labelElements={new Map()}
      reducedMotion={reducedMotion}
      onHover={() => {}}
    />
  );
}

const meshesNamed = (r: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>, name: string) =>
  r.scene.findAll((n) => n.type === "Mesh" && n.instance.name === name);

describe("the globe's scene graph", () => {
  it("draws all land as one mesh whose vertices carry their area's palette index", async () => {
    const r = await ReactThreeTestRenderer.create(scene(nato));
    const land = meshesNamed(r, "land");
    expect(land).toHaveLength(1);
    const geometry = (land[0]!.instance as Mesh).geometry as BufferGeometry;
    const area = geometry.getAttribute("aArea");
    expect(area.count).toBe(geometry.getAttribute("position").count);
    const distinct = new Set(Array.from(area.array as Float32Array));
    // Every piece of land in the atlas is in the mesh, and nothing else.
    expect(distinct.size).toBe(geography.landCount);
    expect(Math.max(...distinct)).toBe(geography.landCount - 1);
    await r.unmount();
  });

  it("colours land and seas with one material that reads two palette textures", async () => {
    const r = await ReactThreeTestRenderer.create(scene(nato));
    const land = meshesNamed(r, "land")[0]!.instance as Mesh;
    const seas = meshesNamed(r, "seas")[0]!.instance as Mesh;
    expect(seas.material).toBe(land.material);
    const material = land.material as ShaderMaterial;
    for (const name of ["uFrom", "uTo"]) {
      const tex = material.uniforms[name]!.value as DataTexture;
      expect(tex.image.width).toBe(geography.paletteWidth);
      expect(tex.image.height).toBe(2);
      expect(geography.paletteWidth).toBeLessThanOrEqual(512);
    }
    await r.unmount();
  });

  it("draws NATO's data exchange as one link between the two parties, and no link for Russia's proposal", async () => {
    const r = await ReactThreeTestRenderer.create(scene(nato));
    const links = r.scene.find((n) => n.instance.name === "links");
    const lines = links.findAll((n) => (n.instance as { isLine2?: boolean }).isLine2 === true);
    expect(lines.map((n) => n.instance.name)).toEqual(["link-data-exchange"]);
    await r.update(scene(russia));
    const after = r.scene.find((n) => n.instance.name === "links");
    expect(after.findAll((n) => (n.instance as { isLine2?: boolean }).isLine2 === true)).toHaveLength(0);
    await r.unmount();
  });

  it("switches proposals by changing the palette and animating the mix, without rebuilding the land", async () => {
    const r = await ReactThreeTestRenderer.create(scene(nato));
    await r.advanceFrames(2, 1 / 60);
    const land = meshesNamed(r, "land")[0]!.instance as Mesh;
    const geometry = land.geometry;
    const material = land.material as ShaderMaterial;
    expect(material.uniforms.uMix!.value).toBe(1);
    const before = new Uint8Array((material.uniforms.uTo!.value as DataTexture).image.data as Uint8Array);

    await r.update(scene(russia));
    expect(material.uniforms.uMix!.value).toBe(0);
    const after = (material.uniforms.uTo!.value as DataTexture).image.data as Uint8Array;
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(false);

    await r.advanceFrames(10, 1 / 30);
    const mid = material.uniforms.uMix!.value as number;
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
    await r.advanceFrames(20, 1 / 30);
    expect(material.uniforms.uMix!.value).toBe(1);

    const landAfter = meshesNamed(r, "land")[0]!.instance as Mesh;
    expect(landAfter.geometry).toBe(geometry);
    expect(landAfter.material).toBe(material);
    await r.unmount();
  });

  it("cuts instead of animating when reduced motion is asked for", async () => {
    const r = await ReactThreeTestRenderer.create(scene(nato, true));
    await r.update(scene(russia, true));
    const land = meshesNamed(r, "land")[0]!.instance as Mesh;
    expect((land.material as ShaderMaterial).uniforms.uMix!.value).toBe(1);
    await r.unmount();
  });
});
