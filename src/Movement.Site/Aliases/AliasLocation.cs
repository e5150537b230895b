using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Schema;

namespace Movement.Site.Aliases;

/// <summary>Where one old address is written in a document's 'aliases:', so a problem with it is reported on its line.</summary>
public static class AliasLocation
{
    public static SourceLocation Of(Document document, string alias)
    {
        var fallback = document.Get(SiteKeys.Fields)?.LocationOf("aliases") ?? new SourceLocation(document.Source ?? "");
        var raw = document.Get(CoreKeys.FrontMatter)?.Entries.FirstOrDefault(e => e.Key == "aliases").Value;
        IEnumerable<RawValue> written = raw switch
        {
            RawList list => list.Items,
            RawScalar scalar => [scalar],
            _ => [],
        };
        return written.OfType<RawScalar>().FirstOrDefault(s => s.Value is { } v && "/" + v.Trim('/') + "/" == alias)?.Location ?? fallback;
    }
}
