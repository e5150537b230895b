using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;

namespace Movement.Core.Modules;

/// <summary>
/// Reports any output file whose path no operating system could write (see <see cref="OutputPathLimits"/>), at the
/// input that asked for it. The build never stages such a file, so a name too long is an error, never a crash, and
/// check, which writes nothing, reports the same.
/// </summary>
public sealed class CheckOutputPaths : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var tooLong = context.AllOutputs()
            .Where(d => d.Destination is not null)
            .Select(d => (Document: d, Problem: OutputPathLimits.Problem(d.Destination!)))
            .Where(p => p.Problem is not null)
            .DistinctBy(p => (p.Document.Source, p.Problem));
        foreach (var (document, problem) in tooLong)
        {
            var location = document.Get(CoreKeys.UrlClaim) ?? new SourceLocation(document.Source ?? "(generated)");
            var url = SitePath.UrlForOutputFile(document.Destination!);
            context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnwritablePath, location,
                $"The file this makes, {(url.Length > 80 ? url[..80] + "..." : url)}, cannot be written: {problem}.",
                "Use a shorter name: rename the file, or give it a shorter 'slug:' or alias (80 characters at most)."));
        }

        return Task.FromResult(inputs);
    }
}
