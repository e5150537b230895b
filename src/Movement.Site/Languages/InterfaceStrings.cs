using System.Text;
using YamlDotNet.RepresentationModel;

namespace Movement.Site.Languages;

/// <summary>
/// The interface words of every language, from <c>Languages/Strings/&lt;lang&gt;.yml</c> inside the assembly. They live
/// with the code rather than in <c>input/</c> because they change with the theme's components: a component that
/// needs a new word gets it in both files in the same commit (a test compares their keys), and a site can never be
/// built with a word missing. Content, which staff edit, is translated in <c>input/</c>.
/// </summary>
public sealed class InterfaceStrings
{
    private readonly Dictionary<string, InterfaceText> _byLanguage;

    private InterfaceStrings(Dictionary<string, InterfaceText> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The strings built into Movement; read once, never changed.</summary>
    public static InterfaceStrings Embedded { get; } = Load();

    public InterfaceText For(string lang) => _byLanguage.GetValueOrDefault(lang) ?? _byLanguage[Language.English];

    public IReadOnlyList<string> Languages => [.. _byLanguage.Keys];

    /// <summary>Reads one strings file: a flat mapping of keys to text, or to a list of text (the months).</summary>
    public static InterfaceText Parse(string lang, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in (YamlMappingNode)stream.Documents[0].RootNode)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (value is YamlSequenceNode list)
            {
                lists[name] = [.. list.Children.Select(c => ((YamlScalarNode)c).Value ?? "")];
            }
            else
            {
                words[name] = ((YamlScalarNode)value).Value ?? "";
            }
        }

        return new InterfaceText(lang, words, lists);
    }

    private static InterfaceStrings Load()
    {
        var assembly = typeof(InterfaceStrings).Assembly;
        var byLanguage = new Dictionary<string, InterfaceText>(StringComparer.Ordinal);
        foreach (var lang in Language.Known)
        {
            using var stream = assembly.GetManifestResourceStream($"Strings.{lang}.yml")
                ?? throw new InvalidOperationException($"Movement was built without its {Language.NameOf(lang)} interface strings.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            byLanguage[lang] = Parse(lang, reader.ReadToEnd());
        }

        return new InterfaceStrings(byLanguage);
    }
}
