using System.Text.Json.Nodes;
using Movement.Site.Json;

namespace Movement.Site.Api;

/// <summary>Writes every document of the API afresh.</summary>
public sealed class ApiFileWriter : IApiFileWriter
{
    public byte[] Write(string url, Func<JsonNode> json, IReadOnlyList<object?> madeFrom) => SiteJson.WriteUtf8(json());

    public byte[] WriteCompact(string url, Func<JsonNode> json, IReadOnlyList<object?> madeFrom) =>
        System.Text.Encoding.UTF8.GetBytes(SiteJson.Inline(json()) + "\n");
}
