using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Market.Jobs.Runtime;

/// <summary>Converts the JSON arguments of a job into job-language values.</summary>
internal static class JsonArgs
{
    public static (Value[] Args, string[] KwNames, Value[] KwValues) Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new ArgumentException("invalid JSON arguments: " + e.Message, nameof(json));
        }
        using (doc)
        {
            var root = doc.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Array:
                {
                    var args = new List<Value>();
                    foreach (var e in root.EnumerateArray())
                    {
                        args.Add(Convert(e));
                    }
                    return (args.ToArray(), Array.Empty<string>(), Array.Empty<Value>());
                }
                case JsonValueKind.Object:
                {
                    var names = new List<string>();
                    var values = new List<Value>();
                    foreach (var p in root.EnumerateObject())
                    {
                        names.Add(p.Name);
                        values.Add(Convert(p.Value));
                    }
                    return (Array.Empty<Value>(), names.ToArray(), values.ToArray());
                }
                default:
                    return (new[] { Convert(root) }, Array.Empty<string>(), Array.Empty<Value>());
            }
        }
    }

    private static Value Convert(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null: return Value.None;
            case JsonValueKind.True: return Value.True;
            case JsonValueKind.False: return Value.False;
            case JsonValueKind.String: return new Value(e.GetString()!);
            case JsonValueKind.Number:
            {
                string raw = e.GetRawText();
                if (raw.IndexOfAny(new[] { '.', 'e', 'E' }) < 0)
                {
                    return Value.Big(BigInteger.Parse(raw, CultureInfo.InvariantCulture));
                }
                return Value.FromDouble(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            case JsonValueKind.Array:
            {
                var l = new PyList();
                foreach (var x in e.EnumerateArray())
                {
                    l.Add(Convert(x));
                }
                return new Value(l);
            }
            default:
            {
                var d = new PyDict();
                foreach (var p in e.EnumerateObject())
                {
                    d.Set(new Value(p.Name), Convert(p.Value));
                }
                return new Value(d);
            }
        }
    }
}
