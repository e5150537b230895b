using System.Text.Json.Nodes;
using Movement.Core.Caching;
using Movement.Site.Api;

namespace Movement.Site.Caching;

/// <summary>
/// Keeps each API file for the session, keyed by its address and what it is made from, and writes again only the
/// files whose sources changed: an edited brief rewrites its document, the briefs list and the index.
/// </summary>
public sealed class CachingApiFileWriter(IApiFileWriter writer, SiteCaches caches) : IApiFileWriter
{
    private readonly Memo<Fingerprint, byte[]> _files = caches.Named<byte[]>("api-documents");

    public byte[] Write(string url, Func<JsonNode> json, IReadOnlyList<object?> madeFrom) =>
        caches.Reuse(_files, () => writer.Write(url, json, madeFrom), [url, .. madeFrom]);

    public byte[] WriteCompact(string url, Func<JsonNode> json, IReadOnlyList<object?> madeFrom) =>
        caches.Reuse(_files, () => writer.WriteCompact(url, json, madeFrom), [url, .. madeFrom]);
}
