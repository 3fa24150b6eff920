using System.Xml;
using System.Xml.Schema;

namespace Market.Reports;

/// <summary>The report's XSD (an embedded resource) and validation against it.</summary>
public static class ReportSchema
{
    /// <summary>The schema's file name, also its stable URL's last segment.</summary>
    public const string FileName = "market-report-v1.xsd";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>The XSD text.</summary>
    public static string Text()
    {
        using Stream stream = OpenResource();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every problem of the XML in <paramref name="input"/>: malformed XML, a wrong root
    /// element, or a schema violation, each with line and column. Empty when valid.</summary>
    public static IReadOnlyList<ReportProblem> Validate(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<ReportProblem>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            // Warnings are about content the schema welcomes without declaring it (other namespaces,
            // extra attributes); a wrong root namespace is caught explicitly below.
            if (e.Severity == XmlSeverityType.Error)
            {
                problems.Add(new ReportProblem(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, e.Message));
            }
        };
        try
        {
            using XmlReader reader = XmlReader.Create(input, settings);
            bool root = true;
            while (reader.Read())
            {
                if (root && reader.NodeType == XmlNodeType.Element)
                {
                    root = false;
                    if (reader.LocalName != "report" || reader.NamespaceURI != ReportWriter.Namespace)
                    {
                        var info = (IXmlLineInfo)reader;
                        problems.Add(new ReportProblem(info.LineNumber, info.LinePosition, $"The root element must be 'report' in namespace '{ReportWriter.Namespace}', not '{reader.LocalName}' in '{reader.NamespaceURI}'."));
                        break;
                    }
                }
            }

            if (root)
            {
                problems.Add(new ReportProblem(0, 0, "The document has no root element."));
            }
        }
        catch (XmlException e)
        {
            problems.Add(new ReportProblem(e.LineNumber, e.LinePosition, e.Message));
        }

        return problems;
    }

    /// <summary>Validates a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<ReportProblem> ValidateFile(string path)
    {
        using var reader = new StreamReader(path);
        return Validate(reader);
    }

    /// <summary>The file's text if it is a valid report; otherwise prints why on <paramref name="stderr"/>
    /// (one line for an unreadable file, every problem with line and column otherwise) and returns null.</summary>
    public static string? ReadValidFile(string file, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        string xml;
        try
        {
            xml = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read {file}: {e.Message}");
            return null;
        }

        IReadOnlyList<ReportProblem> problems = Validate(new StringReader(xml));
        if (problems.Count > 0)
        {
            stderr.WriteLine($"error: {file} is not a valid market report:");
            foreach (ReportProblem p in problems)
            {
                stderr.WriteLine($"  {file}:{p}");
            }

            return null;
        }

        return xml;
    }

    private static Stream OpenResource()
        => typeof(ReportSchema).Assembly.GetManifestResourceStream(FileName)
           ?? throw new InvalidOperationException("The report schema is missing from the assembly.");

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using Stream stream = OpenResource();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(ReportWriter.Namespace, reader);
        set.Compile();
        return set;
    }
}
