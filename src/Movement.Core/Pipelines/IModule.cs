using System.Collections.Immutable;
using Movement.Core.Documents;

namespace Movement.Core.Pipelines;

/// <summary>One step of a pipeline: documents in, documents out.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context);
}
