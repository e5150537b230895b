using YamlDotNet.Core;

namespace Movement.Core.Yaml;

/// <summary>Thrown by <see cref="BoundedParser"/> where YAML goes past a limit, with the place it does.</summary>
internal sealed class YamlLimitException(Mark start, YamlLimit limit)
    : YamlException(start, start, $"YAML past the {limit} limit")
{
    public YamlLimit Limit { get; } = limit;
}
