declare const functionFiles: string[];
export = functionFiles;
