using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Content;

namespace Movement.Site.Modules;

/// <summary>
/// Runs the parse steps and leaves a stand-in for each content file they dropped (binary, not UTF-8, broken
/// front matter: already reported), carrying the address the file would have had. Checks that look for an
/// item by address or name (links, related briefs) then see why it is missing and do not report the one
/// mistake again as many missing pages.
/// </summary>
public sealed class NoteUnreadableFiles(IModule parse, IReadOnlyList<ContentType> types) : IModule
{
    private readonly IReadOnlyList<(Glob Files, ContentType Type)> _types = [.. types.Select(t => (new Glob(t.Pattern), t))];

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var parsed = await parse.ExecuteAsync(inputs, context);
        var kept = parsed.Select(d => d.Source).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var standIns = inputs
            .Select(d => d.Source)
            .OfType<string>()
            .Where(source => !kept.Contains(source))
            .Distinct(StringComparer.Ordinal)
            .Select(StandIn)
            .OfType<Document>();
        return [.. parsed, .. standIns];
    }

    private Document? StandIn(string source)
    {
        var type = _types.FirstOrDefault(t => t.Files.IsMatch(source)).Type;
        if (type is null)
        {
            return null;
        }

        var url = type.UrlFor(type.DefaultSlug(source), source);
        return new Document { Source = source }.With(SiteKeys.Unreadable, true).With(CoreKeys.Url, url);
    }
}
