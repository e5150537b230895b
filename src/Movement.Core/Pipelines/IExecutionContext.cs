using System.Collections.Immutable;
using Movement.Core.Diagnostics;
using Movement.Core.Documents;
using Movement.Core.IO;

namespace Movement.Core.Pipelines;

/// <summary>What a module may use while it runs: the input tree, the clock, the diagnostics and other pipelines' documents.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    IFileSystem Input { get; }

    IClock Clock { get; }

    IDiagnostics Diagnostics { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The documents of another pipeline, as its latest finished phase left them. Only a declared
    /// dependency may be read before PostProcess; from PostProcess on, every pipeline may be.
    /// </summary>
    ImmutableArray<Document> OutputsOf(string pipelineName);

    /// <summary>
    /// Hands a finished document (one no later module changes) to the output now, instead of when its phase
    /// ends, and returns what the pipeline should keep of it: a copy without its content when the output keeps
    /// the content, else the document itself. A module making many big files calls this for each as it goes,
    /// so they are never all in memory at once.
    /// </summary>
    Document HandOver(Document document);

    /// <summary>Every pipeline's documents; only from PostProcess on.</summary>
    ImmutableArray<Document> AllOutputs();
}
