using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Movement.Site.Json;

/// <summary>
/// The serialiser's code for what the site writes, generated at compile time: a native program has no reflection to
/// work it out when it runs. The site builds its JSON as nodes, so nodes are all it needs. (Partial because the
/// generator writes the other half.)
/// </summary>
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class SiteJsonContext : JsonSerializerContext;
