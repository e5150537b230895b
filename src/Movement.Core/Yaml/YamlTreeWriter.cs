using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Movement.Core.Yaml;

/// <summary>
/// Writes a tree of maps (string keys), lists, strings, booleans and integers as YAML, through YamlDotNet's
/// emitter alone. Its object serialiser finds its way through a tree by reflection, which a native (ahead-of-time)
/// program cannot do; this sends the emitter the very events that serialiser sends for such a tree (strings in
/// any style the emitter finds safe, every tag implicit), so the text is the same, byte for byte.
/// </summary>
public static class YamlTreeWriter
{
    // Made once: a tag made from a string checks it as a URI, about 1% of a one-page build (the CMS's settings).
    private static readonly TagName StringTag = new("tag:yaml.org,2002:str");
    private static readonly TagName BooleanTag = new("tag:yaml.org,2002:bool");
    private static readonly TagName IntegerTag = new("tag:yaml.org,2002:int");
    private static readonly TagName NullTag = new("tag:yaml.org,2002:null");

    public static string Write(object tree)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, EmitterSettings.Default);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Value(emitter, tree);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Value(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(new Scalar(AnchorName.Empty, NullTag, "", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case string text:
                emitter.Emit(new Scalar(AnchorName.Empty, StringTag, text, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case bool flag:
                emitter.Emit(new Scalar(AnchorName.Empty, BooleanTag, flag ? "true" : "false", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case int or long:
                emitter.Emit(new Scalar(AnchorName.Empty, IntegerTag, Convert.ToString(value, CultureInfo.InvariantCulture)!, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case IEnumerable<KeyValuePair<string, object>> map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Any));
                foreach (var (key, item) in map)
                {
                    Value(emitter, key);
                    Value(emitter, item);
                }

                emitter.Emit(new MappingEnd());
                break;
            case IEnumerable list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Any));
                foreach (var item in list)
                {
                    Value(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new NotSupportedException($"A {value.GetType().Name} has no YAML form here: use a map, a list, a string, a boolean or an integer.");
        }
    }
}
