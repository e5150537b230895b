using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipeline;
using Movement.Core.Text;

namespace Movement.Core.Modules.PostProcess;

/// <summary>
/// Checks every internal link and image written in content against the files the build produces, and
/// that images have alt text. Runs after rendering, when every page's address is known.
/// </summary>
public sealed class CheckLinks : IModule
{
    /// <summary>Explains why a URL has no page (a draft, a scheduled item), to make the hint useful.</summary>
    public Func<string, string?> Explain { get; init; } = _ => null;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var all = context.AllOutputs();
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var destination in all.Select(d => d.Destination).OfType<string>())
        {
            targets.Add(SitePath.UrlForOutputFile(destination));
            targets.Add("/" + destination);
        }

        foreach (var document in all)
        {
            foreach (var link in document.Get(CoreKeys.Links) ?? [])
            {
                Check(link, targets, context.Diagnostics);
            }
        }

        return Task.FromResult(inputs);
    }

    private void Check(Markdown.LinkReference link, HashSet<string> targets, IDiagnostics diagnostics)
    {
        if (link.IsImage && string.IsNullOrWhiteSpace(link.AltText))
        {
            diagnostics.Report(Diagnostic.Error("MV0203", link.Location, $"The image '{link.Url}' has no alt text.",
                "Describe the image between the square brackets, e.g. ![A parent holding a baby](photo.jpg). People who cannot see it rely on this."));
        }

        if (!link.Url.StartsWith('/') || link.Url.StartsWith("//", StringComparison.Ordinal))
        {
            return; // External links and same-page anchors are not checked here.
        }

        var path = Uri.UnescapeDataString(link.Url.Split('#', '?')[0]);
        if (targets.Contains(path) || targets.Contains(path + "/"))
        {
            return;
        }

        if (link.IsImage || SitePath.Extension(path).Length > 0)
        {
            diagnostics.Report(Diagnostic.Error("MV0201", link.Location, $"The file '{link.Url}' does not exist.",
                $"Add the file to the input folder at {path.TrimStart('/')}, or correct the path.{Suggestions.DidYouMean(path, targets)}"));
            return;
        }

        var reason = Explain(path);
        diagnostics.Report(Diagnostic.Error("MV0302", link.Location, $"The link '{link.Url}' goes to a page that does not exist{(reason is null ? "" : $" ({reason})")}.",
            $"Correct the address or remove the link.{Suggestions.DidYouMean(path, targets.Where(t => t.EndsWith('/')))}"));
    }
}
