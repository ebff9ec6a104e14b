import type { Material, Object3D, Texture } from "three";

/**
 * After a lost WebGL context comes back, three.js starts afresh, but the geometries, materials and textures it
 * had drawn still hold the 'dispose' listeners of its old internals, which keep every buffer, texture and
 * program of the lost context alive. Disposing them (they are drawn again, as new, on the next frame) lets
 * that go: without it each loss and restore keeps about 85 KB.
 */
export function releaseLostContext(scene: Object3D, owned: readonly { dispose(): void }[]): void {
  const textures = new Set<Texture>();
  const materials = new Set<Material>();
  scene.traverse((o) => {
    const drawn = o as Object3D & { geometry?: { dispose(): void }; material?: Material | Material[] };
    drawn.geometry?.dispose();
    for (const m of Array.isArray(drawn.material) ? drawn.material : drawn.material ? [drawn.material] : []) materials.add(m);
  });
  for (const m of materials) {
    const uniforms = (m as Material & { uniforms?: Record<string, { value: unknown }> }).uniforms ?? {};
    for (const u of Object.values(uniforms)) if ((u.value as Texture | null)?.isTexture) textures.add(u.value as Texture);
    m.dispose();
  }
  for (const t of textures) t.dispose();
  for (const o of owned) o.dispose();
}
