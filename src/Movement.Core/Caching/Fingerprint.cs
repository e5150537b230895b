namespace Movement.Core.Caching;

/// <summary>A 128-bit digest of a value's whole content: equal fingerprints mean equal values.</summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    public static Fingerprint From(ReadOnlySpan<byte> sha256) =>
        new(BitConverter.ToUInt64(sha256[..8]), BitConverter.ToUInt64(sha256[8..16]));

    public override string ToString() => $"{High:x16}{Low:x16}";
}
