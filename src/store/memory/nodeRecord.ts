/**
 * The `nodes` record of an entity: what a traversal needs of every entity it passes — its
 * place in the entity order (mentionCount, key) and its fact count — as 12 + n bytes
 * (float64 mentionCount, uint32 facts, UTF-8 key) read without msgpack: about a tenth of the
 * cost of decoding the whole entity row.
 */
export interface NodeRecord {
  mentionCount: number;
  degree: number;
  key: string;
}

export function encodeNode(n: NodeRecord): Buffer {
  const key = Buffer.from(n.key, 'utf8');
  const out = Buffer.allocUnsafe(12 + key.length);
  out.writeDoubleBE(n.mentionCount, 0);
  out.writeUInt32BE(n.degree, 8);
  key.copy(out, 12);
  return out;
}

export function decodeNode(buf: Uint8Array): NodeRecord {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return { mentionCount: b.readDoubleBE(0), degree: b.readUInt32BE(8), key: b.toString('utf8', 12, b.length) };
}
