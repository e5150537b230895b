namespace Movement.Site.Netlify;

/// <summary>One rule of Netlify's _headers file: a path pattern and the headers it adds.</summary>
public sealed record HeaderRule(string Path, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public static HeaderRule Of(string path, params (string Name, string Value)[] headers) =>
        new(path, headers.Select(h => KeyValuePair.Create(h.Name, h.Value)).ToList());
}
