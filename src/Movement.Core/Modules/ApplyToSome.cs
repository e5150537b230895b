using System.Collections.Immutable;
using Movement.Core.Documents;
using Movement.Core.Pipelines;

namespace Movement.Core.Modules;

/// <summary>
/// Runs a module on the documents it applies to and passes the rest through after them, unchanged: a
/// pipeline that reads two formats parses each with its own steps.
/// </summary>
public sealed class ApplyToSome(Func<Document, bool> applies, IModule module) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var chosen = inputs.Where(applies).ToImmutableArray();
        var done = await module.ExecuteAsync(chosen, context);
        return done.AddRange(inputs.Where(d => !applies(d)));
    }
}
