using System.Text.Json.Nodes;

namespace Movement.Site.Api;

/// <summary>
/// Turns one document of the content API into the bytes of its file. Each document names what it is made from
/// besides the session's settings and schemas, so a session can keep the bytes of a document whose sources did
/// not change (see <c>Caching.CachingApiFileWriter</c>) while <see cref="RenderApi"/> stays input to output.
/// </summary>
public interface IApiFileWriter
{
    /// <param name="url">The file's address.</param>
    /// <param name="json">Makes the document; reads nothing but <paramref name="madeFrom"/>, the settings and the schemas.</param>
    /// <param name="madeFrom">Everything else the document shows: items, fields, list labels, page numbers.</param>
    byte[] Write(string url, Func<JsonNode> json, IReadOnlyList<object?> madeFrom);

    /// <summary>As <see cref="Write"/>, on one line: for a document read by tools alone (the OpenAPI description).</summary>
    byte[] WriteCompact(string url, Func<JsonNode> json, IReadOnlyList<object?> madeFrom);
}
