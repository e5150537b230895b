namespace Movement.Core.Yaml;

/// <summary>Which of <see cref="BoundedParser"/>'s limits a file went past.</summary>
internal enum YamlLimit
{
    Depth,
    Aliases,
}
