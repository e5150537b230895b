namespace Movement.Core.Caching;

/// <summary>A 128-bit digest of a value's whole content: equal fingerprints mean equal values.</summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    public static Fingerprint From(UInt128 digest) => new((ulong)(digest >> 64), (ulong)digest);

    public override string ToString() => $"{High:x16}{Low:x16}";
}
