using Movement.Core.Documents;

namespace Movement.Core.Pipelines;

/// <summary>
/// A named list of modules for each phase, with the pipelines whose documents it needs. Subclasses are
/// short declarations: they fill the phase lists in their constructor.
/// </summary>
public abstract class Pipeline
{
    private readonly Dictionary<Phase, List<IModule>> _modules = Enum.GetValues<Phase>().ToDictionary(p => p, _ => new List<IModule>());
    private readonly List<string> _dependencies = [];

    protected Pipeline(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<string> Dependencies => _dependencies;

    public IList<IModule> Read => _modules[Phase.Read];

    public IList<IModule> Parse => _modules[Phase.Parse];

    public IList<IModule> Render => _modules[Phase.Render];

    public IList<IModule> PostProcess => _modules[Phase.PostProcess];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => _modules[phase];

    protected void DependsOn(params string[] pipelineNames) => _dependencies.AddRange(pipelineNames);
}
