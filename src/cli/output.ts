/** Writes to stdout and waits until the data is handed off (large outputs and pipes). */
export function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (text === '') resolve();
    else process.stdout.write(text, (e) => (e ? reject(e) : resolve()));
  });
}
