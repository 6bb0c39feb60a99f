// Why a block is not run in CI, in each language; shown to the reader under the block.
export const norunReasons = {
  'docker-hub': {
    ko: '실제 Docker Hub 계정과 로그인이 필요하므로 CI에서는 실행하지 않습니다. 바로 아래의 로컬 레지스트리 예제가 같은 단계를 실행합니다.',
    en: 'This needs a real Docker Hub account and login, so CI does not run it. The local registry example right below runs the same steps.',
  },
  windows: {
    ko: 'Windows 전용 명령어이므로 Linux에서 도는 CI에서는 실행하지 않습니다. 같은 일을 하는 Linux·macOS 명령어는 실행해 검증합니다.',
    en: 'This is a Windows-only command, so CI, which runs on Linux, does not run it. The Linux/macOS command that does the same is run and verified.',
  },
} as const;
