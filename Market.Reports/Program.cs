return Market.Reports.Cli.Run(args, Console.Out, Console.Error);
