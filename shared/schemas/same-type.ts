/**
 * `true` when a schema's parsed type and the domain's type are each assignable to the
 * other and have the same fields (an optional field missing on one side is assignable
 * both ways, so the fields are compared too). The domain owns its types; each schema
 * proves it parses exactly that shape:
 * `type _Check = Proof<SameType<z.infer<typeof Agreement>, Agreement>>` fails to compile
 * when they drift apart.
 */
export type SameType<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
export type Proof<T extends true> = T;
