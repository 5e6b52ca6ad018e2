using DossierLsp.Cli;

return await DossierCommandLine.RunAsync(args);
