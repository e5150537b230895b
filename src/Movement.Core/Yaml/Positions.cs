using Movement.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Movement.Core.Yaml;

/// <summary>Maps YamlDotNet marks (1-based, relative to the YAML text) to places in the file.</summary>
public static class Positions
{
    public static SourceLocation Of(YamlNode node, string path, int firstLine) => Of(node.Start, path, firstLine);

    public static SourceLocation Of(Mark mark, string path, int firstLine) =>
        new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);
}
