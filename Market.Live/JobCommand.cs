using System.Globalization;
using System.Text;
using Market.Jobs;
using Market.Live.Cli;

namespace Market.Live;

/// <summary>The <c>job</c> command: run, check and inspect jobs locally (contract in DESIGN.md).</summary>
internal static class JobCommand
{
    public const string Usage = """
        usage:
          market job run FILE.py [--entry main] [--args JSON] [--slice N] [--fuel N] [--save STATE]
              Runs the job. Stdout is what it printed, then "=> " and the repr of the result.
              --slice N   run N instructions at a time, serializing and resuming from fresh bytes in between
              --fuel N    stop after N instructions in total (exit 3, state still running)
              --save F    write the final state bytes to F (for `job inspect`)
          market job check FILE.py
              Compiles the job and reports every error with its line and column.
          market job inspect STATE [--source FILE.py]
              Shows a saved state: status, frames, size and digest.
        exit codes: 0 ok, 1 the job raised or hit a limit, 2 usage or compile error, 3 stopped by --fuel

        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        string verb = args[0];
        var rest = args[1..];
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.Write(Usage);
            return 0;
        }
        try
        {
            return verb switch
            {
                "run" => RunJob(rest, stdout, stderr),
                "check" => Check(rest, stdout, stderr),
                "inspect" => Inspect(rest, stdout, stderr),
                _ => UsageError(stderr, $"unknown job command '{verb}'"),
            };
        }
        catch (UsageException e)
        {
            return UsageError(stderr, e.Message);
        }
        catch (IOException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return 2;
        }
    }

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + message);
        stderr.Write(Usage);
        return 2;
    }

    private static (string File, Dictionary<string, string> Options) Parse(string[] args, params string[] allowed)
    {
        string? file = null;
        var options = new Dictionary<string, string>();
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (!allowed.Contains(a))
                {
                    throw new UsageException($"unknown option {a}");
                }
                if (i + 1 >= args.Length)
                {
                    throw new UsageException($"option {a} needs a value");
                }
                options[a] = args[++i];
            }
            else if (file == null)
            {
                file = a;
            }
            else
            {
                throw new UsageException($"unexpected argument '{a}'");
            }
        }
        return (file ?? throw new UsageException("missing FILE"), options);
    }

    private static long PositiveLong(Dictionary<string, string> o, string name, long dflt)
    {
        if (!o.TryGetValue(name, out var s))
        {
            return dflt;
        }
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long v) || v <= 0)
        {
            throw new UsageException($"{name} must be a positive integer");
        }
        return v;
    }

    private static CompiledModule? Compile(string file, TextWriter stderr, bool warnings = false)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"no such file: {file}");
        }
        var result = JobCompiler.Compile(File.ReadAllText(file), Path.GetFileName(file));
        foreach (var e in result.Errors)
        {
            stderr.WriteLine($"{file}:{e.Line}:{e.Column}: {e.Message}");
        }
        if (warnings)
        {
            foreach (var w in result.Warnings)
            {
                stderr.WriteLine($"{file}:{w.Line}:{w.Column}: warning: {w.Message}");
            }
        }
        return result.Module;
    }

    private static int Check(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (file, _) = Parse(args);
        var module = Compile(file, stderr, warnings: true);
        if (module == null)
        {
            return 2;
        }
        stdout.WriteLine($"ok: {file} ({module.InstructionCount} instructions, module {module.Hash[..16]})");
        return 0;
    }

    private static int RunJob(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (file, o) = Parse(args, "--entry", "--args", "--slice", "--fuel", "--save");
        long slice = PositiveLong(o, "--slice", 0);
        long fuel = PositiveLong(o, "--fuel", long.MaxValue);
        var module = Compile(file, stderr);
        if (module == null)
        {
            return 2;
        }
        JobState state;
        try
        {
            state = JobState.Create(module, o.GetValueOrDefault("--entry", "main"), o.GetValueOrDefault("--args"));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Replace(" (Parameter 'json')", "", StringComparison.Ordinal));
        }
        long remaining = fuel;
        while (state.Status == JobStatus.Running && remaining > 0)
        {
            long step = slice > 0 ? Math.Min(slice, remaining) : Math.Min(remaining, 10_000_000);
            JobRunner.Run(state, step);
            remaining -= step;
            if (slice > 0 && state.Status == JobStatus.Running)
            {
                byte[] bytes = StateSerializer.Serialize(state);
                if (bytes.Length > state.Limits.MaxStateBytes)
                {
                    stdout.Write(state.Output);
                    stderr.WriteLine($"LimitExceeded: state size {bytes.Length} bytes exceeds the limit of {state.Limits.MaxStateBytes}");
                    return 1;
                }
                var back = StateSerializer.Deserialize(bytes, module);
                state = back.State ?? throw new InvalidOperationException(back.Error);
            }
        }
        if (o.TryGetValue("--save", out var savePath))
        {
            File.WriteAllBytes(savePath, StateSerializer.Serialize(state));
        }
        stdout.Write(state.Output);
        switch (state.Status)
        {
            case JobStatus.Completed:
                stdout.Write("=> " + state.ResultRepr + "\n");
                return 0;
            case JobStatus.Failed:
                stdout.Flush();
                stderr.Write(state.Error!.Traceback + "\n");
                return 1;
            default:
                stderr.WriteLine($"stopped after {state.Instructions} instructions (--fuel)");
                return 3;
        }
    }

    private static int Inspect(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (file, o) = Parse(args, "--source");
        if (!File.Exists(file))
        {
            throw new UsageException($"no such file: {file}");
        }
        byte[] bytes = File.ReadAllBytes(file);
        var summary = StateSerializer.Inspect(bytes, out string? error);
        if (summary == null)
        {
            stderr.WriteLine(error);
            return 1;
        }
        CompiledModule? module = null;
        if (o.TryGetValue("--source", out var src))
        {
            module = Compile(src, stderr);
        }
        var sb = new StringBuilder();
        sb.Append("module:       ").Append(summary.ModuleHash).Append('\n');
        sb.Append("status:       ").Append(summary.Status.ToString().ToLowerInvariant()).Append('\n');
        sb.Append("entry:        ").Append(summary.Entry).Append('\n');
        sb.Append("instructions: ").Append(summary.Instructions).Append('\n');
        sb.Append("output:       ").Append(summary.OutputChars).Append(" chars\n");
        sb.Append("heap objects: ").Append(summary.HeapObjects).Append('\n');
        sb.Append("size:         ").Append(summary.SizeBytes).Append(" bytes\n");
        sb.Append("digest:       ").Append(summary.Digest).Append('\n');
        sb.Append("frames:       ").Append(summary.Frames.Count).Append('\n');
        foreach (var (code, ip, depth) in summary.Frames)
        {
            string name = module != null && module.Hash == summary.ModuleHash ? module.FunctionName(code) : $"code #{code}";
            sb.Append("  ").Append(name).Append(" ip=").Append(ip).Append(" stack=").Append(depth).Append('\n');
        }
        if (summary.Error != null)
        {
            sb.Append("error:\n").Append(summary.Error).Append('\n');
        }
        stdout.Write(sb.ToString());
        return 0;
    }
}
