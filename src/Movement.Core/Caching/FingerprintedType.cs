using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;

namespace Movement.Core.Caching;

/// <summary>What the fingerprinter needs of a type, worked out once: its fields in a fixed order, its name as bytes, and whether its objects are written out in place.</summary>
internal sealed class FingerprintedType
{
    /// <summary>Objects with fewer fields than this, all of them plain values, are written into their parent's digest rather than remembered.</summary>
    private const int InlineFieldCount = 4;

    // Trimming keeps every field of the types a page model can reach: Movement.Cli roots the assemblies they are
    // declared in (TrimmerRootAssembly), and the framework's types a model holds are either enumerated (collections)
    // or read without reflection (Fingerprinter.ValueFields). A field that still cannot be read throws
    // NotSupportedException, which makes the page uncacheable, never stale.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The fingerprinted types' assemblies are rooted in Movement.Cli.csproj.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The fingerprinted types' assemblies are rooted in Movement.Cli.csproj.")]
    public FingerprintedType(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            fields.AddRange(current.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly));
        }

        Fields = [.. fields.OrderBy(f => f.DeclaringType!.FullName, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).Select(FieldReader.For)];
        Name = Encoding.UTF8.GetBytes(type.FullName ?? type.Name);
        IsPairOfReferences = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && !type.GenericTypeArguments.Any(t => t.IsValueType);

        // A few plain values (a source location, a link) are cheaper to write out each time than to digest once and
        // look up; an object holding a collection or another object (a record's field values) is not, since the
        // same instance comes back build after build.
        Inline = Fields.Length < InlineFieldCount && Fields.All(f => IsPlainValue(Nullable.GetUnderlyingType(f.FieldType) ?? f.FieldType));
    }

    public FieldReader[] Fields { get; }

    /// <summary>Whether it is a KeyValuePair of two reference types, which the fingerprinter reads without reflection.</summary>
    public bool IsPairOfReferences { get; }

    /// <summary>The type's full name in UTF-8.</summary>
    public byte[] Name { get; }

    /// <summary>Whether its objects are written into their parent's digest rather than digested apart and remembered.</summary>
    public bool Inline { get; }

    private static bool IsPlainValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) ||
        type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(TimeSpan) ||
        type == typeof(Guid) || type == typeof(Uri);
}
