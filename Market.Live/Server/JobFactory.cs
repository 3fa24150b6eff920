using System.Text;
using Grpc.Core;
using Market.Jobs;

namespace Market.Live.Server;

/// <summary>Turns a submitted program into its initial state (version 0), or refuses it with every
/// compile error.</summary>
internal static class JobFactory
{
    public static PendingSubmit Create(string source, string fileName, string entry, string argsJson)
    {
        var compiled = JobCompiler.Compile(source, fileName);
        if (compiled.Module is not { } module)
        {
            var b = new StringBuilder($"the source does not compile ({compiled.Errors.Count} error{(compiled.Errors.Count == 1 ? "" : "s")}):");
            foreach (var e in compiled.Errors)
            {
                b.Append('\n').Append($"{fileName}:{e.Line}:{e.Column}: {e.Message}");
            }
            throw new ServiceException(StatusCode.InvalidArgument, b.ToString());
        }
        if (!module.Globals.Contains(entry))
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"entry: the source defines no function '{entry}'");
        }
        JobState state;
        try
        {
            state = JobState.Create(module, entry, string.IsNullOrWhiteSpace(argsJson) ? null : argsJson);
        }
        catch (ArgumentException e)
        {
            throw new ServiceException(StatusCode.InvalidArgument, "args_json: " + e.Message);
        }
        byte[] bytes = StateSerializer.Serialize(state);
        return new PendingSubmit(source, fileName, entry, argsJson ?? "", module.Hash, bytes, StateSerializer.Digest(bytes), module);
    }
}
