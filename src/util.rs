//! Small helpers shared by the commands.

use std::io::{Read, Write};
use std::path::Path;

use anyhow::{Context, Result};

/// FNV-1a 64 of a file's bytes, as hex: identifies model weights and rule files in run.json.
pub fn file_digest(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut h = Fnv::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.hex())
}

pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf29ce484222325)
    }
    pub fn update(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

/// What an [`AtomicFile`]'s temporary name carries between the file's name and the process id.
const TEMPORARY: &str = ".tmp";

/// Whether a file name is an [`AtomicFile`]'s temporary (`.<name>.tmp<pid>`): one a crashed run
/// left behind when no process is writing it.
pub fn is_temporary_name(name: &str) -> bool {
    name.starts_with('.') && name.rsplit_once(TEMPORARY).map_or(false, |(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// A file written atomically: bytes go to a buffered temporary file beside `path`
/// (`.<name>.tmp<pid>`), which [`AtomicFile::commit`] syncs and renames into place. An interrupted
/// write never leaves a partial file under the real name, and one dropped without a commit (an
/// error on the way) removes its temporary file.
pub struct AtomicFile {
    path: std::path::PathBuf,
    tmp: std::path::PathBuf,
    pub w: std::io::BufWriter<std::fs::File>,
    committed: bool,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}{TEMPORARY}{}", std::process::id()));
        let f = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        Ok(AtomicFile { path: path.to_path_buf(), tmp, w: std::io::BufWriter::with_capacity(1 << 16, f), committed: false })
    }

    pub fn commit(mut self) -> Result<()> {
        self.w.flush().with_context(|| format!("writing {}", self.tmp.display()))?;
        self.w.get_ref().sync_all().with_context(|| format!("writing {}", self.tmp.display()))?;
        std::fs::rename(&self.tmp, &self.path).with_context(|| format!("renaming {} to {}", self.tmp.display(), self.path.display()))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes a file atomically, its bytes produced by `write` straight into the temporary file
/// (nothing is built in memory first).
pub fn write_atomic_with(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    write(&mut f.w).with_context(|| format!("writing {}", path.display()))?;
    f.commit()
}

/// Writes a file atomically: a temporary file beside it, then a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| Ok(w.write_all(bytes)?))
}

/// Pretty JSON with a trailing newline, written to `w` as it is made (the same bytes as
/// [`to_json_pretty`]).
pub fn write_json_pretty<T: serde::Serialize>(w: &mut dyn Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    w.write_all(b"\n")?;
    Ok(())
}

/// Pretty JSON with a trailing newline: the one way gleaner writes JSON files.
pub fn to_json_pretty<T: serde::Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut v = serde_json::to_vec_pretty(value)?;
    v.push(b'\n');
    Ok(v)
}

/// Rounds a probability for output, so that output is stable across thread counts.
pub fn round_score(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_files_appear_whole_or_not_at_all() {
        let dir = std::env::temp_dir().join(format!("gleaner-atomic-{}", std::process::id()));
        let path = dir.join("a.txt");
        let mut f = AtomicFile::create(&path).unwrap();
        f.w.write_all(b"half").unwrap();
        drop(f); // an error on the way: nothing appears, no temporary is left
        assert!(!path.exists());
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
        write_atomic(&path, b"whole").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"whole");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
