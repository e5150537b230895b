using System.Collections.Immutable;
using Movement.Core.Caching;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Pipelines;
using Movement.Site.Calendar;

namespace Movement.Site.Caching;

/// <summary>
/// Runs steps that treat each document on its own (decode, split the front matter, validate and bind, render the
/// Markdown) one document at a time, and keeps what came out, diagnostics included, for the next build. A
/// document that is as before (its file, or the record it came from), on the same date, with the rest of the input
/// tree as before, is not parsed again.
/// </summary>
/// <remarks>
/// Parsing a file may look at other files (a download's size, an image's dimensions): the session's
/// <see cref="SiteCaches.InputVersion"/> moves on whenever a file other than content text changes, or a file is
/// created or deleted, and every document is parsed again then.
/// </remarks>
/// <param name="name">Names the steps among the site's: the cache outlives this module, which each build makes anew.</param>
public sealed class RememberEachDocument(string name, IReadOnlyList<IModule> steps, SiteCaches caches) : IModule
{
    private readonly Memo<Fingerprint, Parsed> _parsed = caches.Named<Parsed>("parse:" + name);

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (!caches.Remember)
        {
            return await RunAsync(inputs, context);
        }

        var today = UkDate.Today(context.Clock);
        // On every core: a preview rebuild fingerprints every input document, and this ran on one while the other idled.
        var keys = new Fingerprint[inputs.Length];
        Parallel.For(0, inputs.Length, i => keys[i] = caches.Fingerprints.Of(inputs[i], today, caches.InputVersion));
        var outcomes = new Parsed[inputs.Length];
        var missing = Enumerable.Range(0, inputs.Length).Where(i => !_parsed.TryGet(keys[i], out outcomes[i])).ToList();
        await Parallel.ForEachAsync(missing, context.CancellationToken, async (i, _) =>
        {
            var diagnostics = new DiagnosticBag();
            outcomes[i] = new Parsed(await RunAsync([inputs[i]], new WithDiagnostics(context, diagnostics)), diagnostics.ToList());
            _parsed.Set(keys[i], outcomes[i]);
        });

        var result = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var parsed in outcomes)
        {
            foreach (var diagnostic in parsed.Diagnostics)
            {
                context.Diagnostics.Report(diagnostic);
            }

            result.AddRange(parsed.Documents);
        }

        return result.ToImmutable();
    }

    private async Task<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        foreach (var step in steps)
        {
            documents = await step.ExecuteAsync(documents, context);
        }

        return documents;
    }

    /// <summary>What the steps made of one document.</summary>
    public sealed record Parsed(ImmutableArray<Document> Documents, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The build's context with the diagnostics caught, so they can be given again when the result is reused.</summary>
    private sealed class WithDiagnostics(IExecutionContext inner, IDiagnostics diagnostics) : IExecutionContext
    {
        public string PipelineName => inner.PipelineName;

        public Phase Phase => inner.Phase;

        public IFileSystem Input => inner.Input;

        public IClock Clock => inner.Clock;

        public IDiagnostics Diagnostics => diagnostics;

        public CancellationToken CancellationToken => inner.CancellationToken;

        public ImmutableArray<Document> OutputsOf(string pipelineName) => inner.OutputsOf(pipelineName);

        public ImmutableArray<Document> AllOutputs() => inner.AllOutputs();

        /// <summary>Kept whole: a remembered document is reused by the next build, which has another output.</summary>
        public Document HandOver(Document document) => document;
    }
}
