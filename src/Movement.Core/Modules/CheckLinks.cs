using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.Html;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Core.Text;

namespace Movement.Core.Modules;

/// <summary>
/// Checks every internal link and image written in content against the files the build produces, and
/// that images have alt text. Runs after rendering, when every page's address is known.
/// </summary>
public sealed class CheckLinks : IModule
{
    /// <summary>Explains why a URL has no page (a draft, a scheduled item), to make the hint useful.</summary>
    public Func<string, string?> Explain { get; init; } = _ => null;

    /// <summary>
    /// The file (already reported as unreadable) that would have had a URL. Links to it are not errors of their
    /// own: the one mistake is reported once, and these links are counted in a note after it.
    /// </summary>
    public Func<string, string?> Unreadable { get; init; } = _ => null;

    /// <summary>Links that are on every page but written once outside content (a site's navigation): checked once, where written.</summary>
    public IReadOnlyList<Markdown.LinkReference> SiteWideLinks { get; init; } = [];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var all = context.AllOutputs();
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var pages = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in all.Where(d => d.Destination is not null))
        {
            var url = SitePath.UrlForOutputFile(document.Destination!);
            targets.Add(url);
            targets.Add("/" + document.Destination);
            if (document.Destination!.EndsWith(".html", StringComparison.Ordinal))
            {
                pages.TryAdd(url, document);
                pages.TryAdd("/" + document.Destination, document);
            }
        }

        var anchors = new PageAnchors();
        var waiting = new SortedDictionary<string, List<SourceLocation>>(StringComparer.Ordinal);
        foreach (var document in all)
        {
            foreach (var written in document.Get(CoreKeys.Links) ?? [])
            {
                if (FromPage(written, document.Get(CoreKeys.Url), context.Diagnostics) is not { } link)
                {
                    continue;
                }

                if (WaitsFor(link) is { } unreadable)
                {
                    (waiting.TryGetValue(unreadable, out var links) ? links : waiting[unreadable] = []).Add(link.Location);
                }
                else if (Check(link, targets, context.Diagnostics) is { } path)
                {
                    var page = path.Length == 0 ? document : pages.GetValueOrDefault(path) ?? pages.GetValueOrDefault(path + "/");
                    CheckSection(link, page, anchors, context.Diagnostics);
                }
            }
        }

        foreach (var link in SiteWideLinks)
        {
            if (WaitsFor(link) is { } unreadable)
            {
                (waiting.TryGetValue(unreadable, out var links) ? links : waiting[unreadable] = []).Add(link.Location);
            }
            else if (Check(link, targets, context.Diagnostics) is { Length: > 0 } path)
            {
                CheckSection(link, pages.GetValueOrDefault(path) ?? pages.GetValueOrDefault(path + "/"), anchors, context.Diagnostics);
            }
        }

        ReportWaiting(waiting, context.Diagnostics);
        return Task.FromResult(inputs);
    }

    private string? WaitsFor(Markdown.LinkReference link)
    {
        if (!link.Url.StartsWith('/') || link.Url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(link.Url.Split('#', '?')[0]);
        return Unreadable(path) ?? Unreadable(path.TrimEnd('/') + "/");
    }

    /// <summary>One note per unreadable file, after its error: how many links wait on it, and from where.</summary>
    private static void ReportWaiting(SortedDictionary<string, List<SourceLocation>> waiting, IDiagnostics diagnostics)
    {
        foreach (var (source, links) in waiting)
        {
            var from = links.Select(l => l.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var count = links.Count == 1 ? "1 link" : $"{links.Count} links";
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.LinksToUnreadableFile, new SourceLocation(source),
                $"{count} to this file (from {string.Join(", ", from)}) will work once it is fixed.",
                "Fix the error reported for this file above; the links to it need no change."));
        }
    }

    /// <summary>Reports a link to a section (#id) that its page does not have.</summary>
    private static void CheckSection(Markdown.LinkReference link, Document? page, PageAnchors anchors, IDiagnostics diagnostics)
    {
        var hash = link.Url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(link.Url[(hash + 1)..]) : "";
        if (fragment.Length == 0 || page?.Destination is null || !page.Destination.EndsWith(".html", StringComparison.Ordinal))
        {
            return; // No section asked for, or a file that has no sections.
        }

        var ids = anchors.Of(page);
        if (ids.Contains(fragment))
        {
            return;
        }

        var pageName = link.Url.StartsWith('#') ? "this page" : SitePath.UrlForOutputFile(page.Destination);
        diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrokenAnchor, link.Location, $"The link '{link.Url}' goes to a section '#{fragment}' that is not on {pageName}.",
            $"A section's name comes from its heading: '## What we ask' is #what-we-ask. Correct the part after '#', or link to the page without it.{Suggestions.DidYouMean(fragment, ids)}"));
    }

    /// <summary>
    /// The link as a browser reads it on its page. A relative link is made a site address when it is parsed, from the
    /// file's own folder; one that climbs out of that folder is left as written, and a browser reads it from the page's
    /// address instead (../../awareness-week/2025/ on /briefs/five-calls/). That is checked like any site address; one
    /// that climbs above the site's root too is reported here (a browser would quietly stop at the root), and null returned.
    /// </summary>
    private static Markdown.LinkReference? FromPage(Markdown.LinkReference link, string? pageUrl, IDiagnostics diagnostics)
    {
        var url = link.Url;
        if (pageUrl is null || url.StartsWith('/') || url.StartsWith('#') || Markdown.MarkdownRenderer.IsExternal(url))
        {
            return link;
        }

        var end = url.IndexOfAny(['#', '?']);
        var (path, rest) = end >= 0 ? (url[..end], url[end..]) : (url, "");
        var folder = pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
        if (SitePath.Resolve(folder, Uri.UnescapeDataString(path)) is not { } resolved)
        {
            ReportClimb(link, diagnostics, $" (read from this page's address, {pageUrl})");
            return null;
        }

        var slash = path.EndsWith('/') && resolved.Length > 0 ? "/" : "";
        return link with { Url = "/" + resolved + slash + rest };
    }

    /// <summary>Whether a site address climbs above the site's root with '..', as written or encoded as %2e%2e (which browsers read the same).</summary>
    private static bool ClimbsOutOfInput(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && SitePath.Resolve("", Uri.UnescapeDataString(url.Split('#', '?')[0]).Replace('\\', '/')) is null;

    private static void ReportClimb(Markdown.LinkReference link, IDiagnostics diagnostics, string how = "") =>
        diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileOutsideInput, link.Location, $"The {(link.IsImage ? "image" : "link")} '{link.Written ?? link.Url}' climbs above the site's root with '..'{how}, so it leads nowhere on the site.",
            "Point it at a page or file inside the input folder: from a brief, ../news/x.md or /files/report.pdf; the site never publishes anything from outside input/."));

    /// <summary>Reports a missing page or file; returns the internal path the link resolves to ("" for this page), or null when there is nothing more to check.</summary>
    private string? Check(Markdown.LinkReference link, HashSet<string> targets, IDiagnostics diagnostics)
    {
        if (link.IsImage && string.IsNullOrWhiteSpace(link.AltText))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ImageWithoutAlt, link.Location, $"The image '{link.Url}' has no alt text.",
                "Describe the image between the square brackets, e.g. ![A parent holding a baby](photo.jpg). People who cannot see it rely on this."));
        }

        if (link.Url.StartsWith('#'))
        {
            return "";
        }

        if (ClimbsOutOfInput(link.Url))
        {
            ReportClimb(link, diagnostics);
            return null;
        }

        if (!link.Url.StartsWith('/') || link.Url.StartsWith("//", StringComparison.Ordinal))
        {
            return null; // External links are not checked: the build must not depend on other sites.
        }

        var path = Uri.UnescapeDataString(link.Url.Split('#', '?')[0]);
        if (targets.Contains(path) || targets.Contains(path + "/"))
        {
            return path;
        }

        if (link.Written is { } written && WebAddresses.LacksScheme(written))
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.LinkWithoutScheme, link.Location, $"The link '{written}' looks like a web address but has no https:// in front, so it is read as a file beside this page.",
                $"Add https:// in front of the address, so the link reads ({WebAddresses.WithScheme(written)})."));
            return null;
        }

        if (link.IsImage || SitePath.Extension(path).Length > 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingFile, link.Location, $"The file '{link.Url}' does not exist.",
                $"Add the file to the input folder at {path.TrimStart('/')}, or correct the path.{Suggestions.DidYouMean(path, targets)}"));
            return null;
        }

        var reason = Explain(path);
        diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrokenLink, link.Location, $"The link '{link.Url}' goes to a page that does not exist{(reason is null ? "" : $" ({reason})")}.",
            $"Correct the address or remove the link.{Suggestions.DidYouMean(path, targets.Where(t => t.EndsWith('/')))}"));
        return null;
    }
}
