import type { Material, Object3D, Texture } from "three";

/**
 * When the WebGL context is lost, the geometries, materials and textures three.js had drawn still hold the
 * 'dispose' listeners of its old internals, which would keep every buffer, texture and program of the lost
 * context alive after three.js starts afresh on the restore. Disposing them while the context is lost lets that
 * go (each loss kept about 70 KB of data), and deletes nothing in the restored context, which would warn "object
 * does not belong to this context". They are drawn again, as new, on the first frame after the restore.
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
