/**
 * Why a shell block is shown but not run by the tests (fence meta `norun=<key>`).
 * The site prints the text under the block; the doc runner rejects keys not listed here.
 * Kept free of imports so both the test runner and the site's remark plugin can load it.
 */
export const norunReasons = {
  'docker-hub': {
    ko: '실제 Docker Hub 계정과 로그인이 필요하므로 CI에서는 실행하지 않습니다. 바로 아래의 로컬 레지스트리 예제가 같은 단계를 실행합니다.',
    en: 'Needs a real Docker Hub account and login, so CI does not run it. The local registry example right below runs the same step.',
  },
  windows: {
    ko: 'Windows의 PowerShell이나 명령 프롬프트에서 입력하는 명령이므로 CI(Linux)에서는 실행하지 않습니다. 같은 일을 하는 Linux·macOS용 명령은 테스트에서 실행합니다.',
    en: 'Typed in Windows PowerShell or Command Prompt, so CI (Linux) does not run it. The Linux and macOS command that does the same is run by the tests.',
  },
  interactive: {
    ko: '터미널에서 직접 입력을 주고받는 대화형 명령이므로 CI에서는 실행하지 않습니다. 바로 아래의 비대화형 명령이 같은 결과를 확인합니다.',
    en: 'An interactive command that needs you at the keyboard, so CI does not run it. The non-interactive command right below checks the same result.',
  },
  'varies-by-install': {
    ko: '이 명령이 동작하는지는 Docker를 어떻게 설치했는지에 따라 컴퓨터마다 다르므로 CI에서는 실행하지 않습니다. 바로 아래의 명령은 어느 컴퓨터에서나 같은 결과를 내며 테스트에서 실행합니다.',
    en: 'Whether this command works depends on how Docker was installed on the machine, so CI does not run it. The command right below gives the same result on every machine and is run by the tests.',
  },
  'restarts-engine': {
    ko: 'Docker 엔진을 다시 시작하면 이 컴퓨터의 컨테이너가 모두 멈췄다가 정책에 따라 다시 시작하므로 CI에서는 실행하지 않습니다. 바로 아래의 명령은 엔진이 다시 올라올 때 Docker가 따르는 정책을 컨테이너에서 읽어 봅니다.',
    en: 'Restarting the Docker engine stops every container on the machine and starts them again by their policies, so CI does not run it. The command right below reads, from the container, the policy Docker follows when the engine comes back.',
  },
  'prunes-reader-data': {
    ko: '이 장에서 만든 것뿐 아니라 이 컴퓨터에 있는 다른 컨테이너, 이미지, 볼륨, 빌드 캐시까지 지울 수 있으므로 CI에서는 실행하지 않습니다. 바로 아래의 명령은 지울 대상을 좁혀서 실행합니다.',
    en: 'It can delete not only what this chapter made but other containers, images, volumes and build cache on the machine, so CI does not run it. The command right below runs the same prune with a narrower reach.',
  },
} as const satisfies Record<string, { readonly ko: string; readonly en: string }>;

export type NorunReason = keyof typeof norunReasons;
