using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;

namespace Movement.Site.Building;

/// <summary>
/// Two documents for one output file that the checks could not see: they look at what was rendered, and a few files are
/// made after that (robots.txt, the social cards, the partner toolkits). An input file at one of those paths silently
/// replaced the site's own (input/robots.txt dropped the sitemap line and kept crawlers in /admin/); each is an error at
/// the input file. Clashes the checks already reported are left to them.
/// </summary>
public static class LateClashes
{
    public static IEnumerable<Diagnostic> Among(IEnumerable<(Document First, Document Second)> clashes, IReadOnlyList<Diagnostic> reported)
    {
        // The checks report a clash at one of its files: a clash with either file there is theirs.
        var known = reported.Where(d => d.Code == DiagnosticCodes.DuplicateAddress).Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (first, second) in clashes.OrderBy(c => c.First.Destination, StringComparer.Ordinal))
        {
            var (input, other) = first.Source is not null ? (first, second) : (second, first);
            if (input.Source is not { } source || source == other.Source || known.Contains(source) || (other.Source is { } o && known.Contains(o)))
            {
                continue;
            }

            var url = SitePath.UrlForOutputFile(first.Destination!);

            var whose = other.Source is { } otherSource ? otherSource : "the site itself, from the content and settings";
            yield return Diagnostic.Error(DiagnosticCodes.DuplicateAddress, new SourceLocation(source),
                $"This file would be published at {url}, which is made by {whose}.",
                "Rename or move this file: one of the two would silently replace the other.");
        }
    }
}
