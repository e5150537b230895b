using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Movement.Core.Caching;

/// <summary>Reads one field of an object through a compiled accessor: reflection's GetValue is too slow for every field of every page.</summary>
public sealed class FieldReader
{
    private readonly Func<object, object?> _read;

    private FieldReader(Func<object, object?> read, Type fieldType)
    {
        _read = read;
        FieldType = fieldType;
    }

    /// <summary>The field's declared type.</summary>
    public Type FieldType { get; }

    public object? Read(object instance) => _read(instance);

    public static FieldReader For(FieldInfo field)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            // A native program cannot compile the accessor: it would interpret it, slower than reading the field directly.
            return new FieldReader(field.GetValue, field.FieldType);
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var owner = field.DeclaringType!;
        Expression typed = owner.IsValueType ? Expression.Unbox(instance, owner) : Expression.Convert(instance, owner);
        var body = Expression.Convert(Expression.Field(typed, field), typeof(object));
        return new FieldReader(Expression.Lambda<Func<object, object?>>(body, instance).Compile(), field.FieldType);
    }
}
