// A growable byte buffer on the bump heap, for JSON dumps and messages. It must not hold
// anything across evaluations: it lives on the heap the SDK resets.

import { alloc, realloc } from "./mem";

@unmanaged export class Buf {
  ptr: usize;
  len: usize;
  cap: usize;
}

export function newBuf(cap: usize): Buf {
  const b = changetype<Buf>(alloc(offsetof<Buf>()));
  b.ptr = alloc(cap);
  b.len = 0;
  b.cap = cap;
  return b;
}

export function ensure(b: Buf, n: usize): void {
  if (b.len + n <= b.cap) return;
  let ncap = b.cap * 2;
  if (ncap < b.len + n) ncap = b.len + n;
  b.ptr = realloc(b.ptr, b.cap, ncap);
  b.cap = ncap;
}

export function putByte(b: Buf, c: u32): void {
  if (b.len == b.cap) ensure(b, 1);
  store<u8>(b.ptr + b.len, <u8>c);
  b.len++;
}

export function putBytes(b: Buf, p: usize, n: usize): void {
  ensure(b, n);
  memory.copy(b.ptr + b.len, p, n);
  b.len += n;
}

export function putStr(b: Buf, s: string): void {
  const n = <usize>s.length;
  ensure(b, n);
  for (let i: usize = 0; i < n; i++) store<u8>(b.ptr + b.len + i, <u8>s.charCodeAt(<i32>i));
  b.len += n;
}

export function putU64(b: Buf, x: u64): void {
  if (x >= 10) putU64(b, x / 10);
  putByte(b, <u32>(x % 10) + 48);
}

export function putI64(b: Buf, x: i64): void {
  if (x < 0) {
    putByte(b, 45);
    putU64(b, <u64>(-(x + 1)) + 1);
  } else putU64(b, <u64>x);
}
